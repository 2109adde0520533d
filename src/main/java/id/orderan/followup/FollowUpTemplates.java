package id.orderan.followup;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.SequencedSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The built-in messages, written the way an Indonesian shop writes to its buyers, and the
 * placeholder rules. WhatsApp texts use WhatsApp's own *bold*; emails get the same words without it.
 * Unknown placeholders are left visible, so staff notice them before sending.
 */
public final class FollowUpTemplates {

    /** In the order the editor offers them. */
    public static final SequencedSet<String> PLACEHOLDERS = Collections.unmodifiableSequencedSet(
            new LinkedHashSet<>(List.of("nama", "order_id", "produk", "total", "sisa_bayar", "rekening", "toko",
                    "kurir", "resi", "link_konfirmasi", "link_lacak")));

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z_]+)}");

    public record Template(String subject, String body) {}

    private static final Map<FollowUpStage, Template> WHATSAPP = new EnumMap<>(FollowUpStage.class);

    static {
        WHATSAPP.put(FollowUpStage.FU_1, new Template("Menunggu pembayaran pesanan {order_id}", """
                Halo Kak {nama} 👋

                Terima kasih sudah order di {toko}. Pesanan *{order_id}* ({produk}) totalnya *{total}*.
                Silakan transfer ke:
                {rekening}

                Kalau sudah transfer, kabari kami ya Kak.
                Konfirmasi pembayaran: {link_konfirmasi}"""));
        WHATSAPP.put(FollowUpStage.FU_2, new Template("Pengingat: pesanan {order_id} belum dibayar", """
                Halo Kak {nama}, kami ingatkan lagi ya 🙏

                Pesanan *{order_id}* masih menunggu pembayaran *{sisa_bayar}*.
                Rekening: {rekening}

                Stok kami simpan untuk Kakak sampai besok."""));
        WHATSAPP.put(FollowUpStage.FU_3, new Template("Terakhir: pesanan {order_id} akan dibatalkan", """
                Halo Kak {nama},

                Pesanan *{order_id}* belum kami terima pembayarannya ({sisa_bayar}). Kalau sampai hari ini belum ada
                transfer, pesanan akan kami batalkan otomatis ya Kak. Masih mau lanjut? Balas pesan ini saja 😊"""));
        WHATSAPP.put(FollowUpStage.PAID, new Template("Pembayaran {order_id} sudah kami terima", """
                Halo Kak {nama}, pembayaran pesanan *{order_id}* sudah kami terima. Terima kasih! 🙏
                Pesanan sedang kami siapkan dan segera dikirim."""));
        WHATSAPP.put(FollowUpStage.SHIPPED, new Template("Pesanan {order_id} sudah dikirim", """
                Halo Kak {nama}, pesanan *{order_id}* sudah dikirim dengan {kurir}, resi *{resi}*.
                Lacak paketnya di sini: {link_lacak}

                Terima kasih sudah belanja di {toko} 🙏"""));
    }

    private FollowUpTemplates() {}

    public static Template defaultFor(FollowUpChannel channel, FollowUpStage stage) {
        Template whatsApp = WHATSAPP.get(stage);
        return channel == FollowUpChannel.WHATSAPP ? whatsApp
                : new Template(whatsApp.subject(), whatsApp.body().replace("*", ""));
    }

    /** The placeholders that stand for a link; a line offering an empty link is left out. */
    private static final Set<String> LINKS = Set.of("link_konfirmasi", "link_lacak");

    /**
     * Fills known placeholders; unknown ones stay as typed. A line holding a link that is empty
     * (the buyer pages are not there yet) is left out, so buyers never read "Lacak di sini: ".
     */
    public static String render(String template, Map<String, String> values) {
        var kept = new StringBuilder();
        boolean dropped = false;
        for (String line : template.split("\\R", -1)) {
            if (LINKS.stream().anyMatch(link -> line.contains("{" + link + "}")
                    && values.getOrDefault(link, "").isBlank())) {
                dropped = true;
                continue;
            }
            kept.append(line).append('\n');
        }
        String text = kept.substring(0, Math.max(0, kept.length() - 1));
        if (dropped) {
            text = text.replaceAll("\n{3,}", "\n\n").strip();
        }
        return fill(text, values);
    }

    private static String fill(String template, Map<String, String> values) {
        Matcher matcher = PLACEHOLDER.matcher(template);
        var out = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            String value = PLACEHOLDERS.contains(name) ? values.getOrDefault(name, "") : matcher.group();
            matcher.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /** Placeholders in a template that Orderan does not know (typos such as {nma} or {Nama}). */
    public static Set<String> unknownPlaceholders(String template) {
        Set<String> unknown = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(template);
        while (matcher.find()) {
            if (!PLACEHOLDERS.contains(matcher.group(1))) {
                unknown.add(matcher.group(1));
            }
        }
        return unknown;
    }
}
