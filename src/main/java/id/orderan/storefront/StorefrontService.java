package id.orderan.storefront;

import id.orderan.base.BusinessException;
import id.orderan.base.JakartaTime;
import id.orderan.base.Translations;
import id.orderan.base.Rupiah;
import id.orderan.document.DocumentService;
import id.orderan.document.NamedPdf;
import id.orderan.order.BuyerOrder;
import id.orderan.order.BuyerOrders;
import id.orderan.order.BuyerShipment;
import id.orderan.order.OrderStatus;
import id.orderan.payment.PaymentCommands;
import id.orderan.payment.PaymentService;
import id.orderan.payment.ProofFile;
import id.orderan.security.Buyer;
import id.orderan.store.StoreProfile;
import id.orderan.store.StoreService;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * The storefront's service: what a buyer's page shows. Anonymous by design (the token is the
 * credential, checked by {@link BuyerOrders}). It reads, except {@link #confirm}, the buyer's one
 * action, which runs as the actor "pembeli" (decision 0131).
 *
 * @see <a href="../../../../../../docs/decisions/0130-buyer-tokens-and-the-storefront.md">0130 buyer tokens</a>
 */
@Service
public class StorefrontService {

    /** The proof is read up to here: one byte over the limit is enough to say it is too large. */
    public static final int PROOF_READ_LIMIT = ProofFile.MAX_BYTES + 1;

    private final BuyerOrders orders;
    private final StoreService store;
    private final PaymentService payments;
    private final Translations translations;
    private final DocumentService documents;

    StorefrontService(BuyerOrders orders, StoreService store, PaymentService payments, Translations translations,
            DocumentService documents) {
        this.documents = documents;
        this.orders = orders;
        this.store = store;
        this.payments = payments;
        this.translations = translations;
    }

    /** Whether the buyer may confirm a payment now, and why not (waiting, rejected with a reason). */
    public ConfirmationBox confirmationBox(String token) {
        return orders.forBuyer(token).map(order -> {
            boolean pending = order.status() == OrderStatus.KONFIRMASI;
            boolean open = order.awaitsTransfer() && !pending;
            String rejection = open ? Buyer.act(() -> payments.lastRejection(token)).orElse(null) : null;
            return new ConfirmationBox(open, pending, rejection);
        }).orElse(ConfirmationBox.CLOSED);
    }

    /**
     * The buyer's payment confirmation, through the payment service as the actor "pembeli" (decision
     * 0131). Returns the messages (Indonesian) that refused it; empty means saved (or saved before,
     * with the same key). The store's accounts are the only banks tujuan accepted.
     */
    public List<String> confirm(String token, ConfirmationForm form) {
        List<String> errors = new ArrayList<>();
        String toAccount = form.toAccount().trim();
        boolean knownAccount = store.profile().banks().stream()
                .anyMatch(b -> (b.bank() + " " + b.number()).equals(toAccount));
        if (!knownAccount) {
            errors.add(message("storefront.confirm.to-account-required"));
        }
        if (form.bank().isBlank()) {
            errors.add(message("storefront.confirm.bank-required"));
        }
        if (form.accountHolder().isBlank()) {
            errors.add(message("storefront.confirm.holder-required"));
        }
        Long amount = amount(form.amount());
        if (amount == null || amount <= 0) {
            errors.add(message("storefront.confirm.amount-invalid"));
        }
        LocalDate date = date(form.transferDate());
        if (date == null) {
            errors.add(message("storefront.confirm.date-invalid"));
        }
        byte[] proof = form.proof();
        if (proof == null || proof.length == 0) {
            errors.add(message("storefront.confirm.proof-required"));
        }
        if (form.key().isBlank() || form.key().length() > 64) {
            errors.add(message("storefront.confirm.reload"));
        }
        if (!errors.isEmpty() || amount == null || date == null || proof == null) {
            return errors;
        }
        var command = new PaymentCommands.BuyerConfirmation(token, form.key(), toAccount, form.bank().trim(),
                form.accountHolder().trim(), amount, date, new ProofFile(proofName(form.proofName()), proof));
        try {
            Buyer.act(() -> payments.submitAsBuyer(command));
            return List.of();
        } catch (BusinessException e) {
            // the same form posted twice at once: the loser waited for the order and found it moved
            if (Buyer.act(() -> payments.submittedWithKey(token, form.key()))) {
                return List.of();
            }
            return List.of(translations.getTranslation(e.messageKey(), Translations.INDONESIAN, e.args()));
        }
    }

    private String message(String key) {
        return translations.getTranslation(key, Translations.INDONESIAN);
    }

    private static @Nullable Long amount(String typed) {
        try {
            return Rupiah.parse(typed);
        } catch (BusinessException e) {
            return null;
        }
    }

    private static @Nullable LocalDate date(String typed) {
        try {
            return LocalDate.parse(typed.trim());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String proofName(String name) {
        String plain = name.replaceAll("[\\\\/\\p{Cntrl}]", "_").trim();
        return plain.isEmpty() ? "bukti" : plain.substring(0, Math.min(plain.length(), 200));
    }

    /**
     * The buyer's invoice PDF, or empty for any token that is not an order's. Rendered by the document
     * feature as the actor "pembeli" (decision 0150); outside any transaction, in a render slot, so a
     * busy renderer answers {@code RenderBusyException}. Not recorded as printed.
     */
    public Optional<NamedPdf> invoice(String token) {
        return Buyer.act(() -> documents.buyerInvoice(token));
    }

    /** The buyer's order page, or empty for any token that is not an order's (malformed or unknown alike). */
    public Optional<BuyerPage> orderPage(String token) {
        return orders.forBuyer(token).map(order -> page(order, store.profile()));
    }

    static BuyerPage page(BuyerOrder order, StoreProfile profile) {
        boolean transferDue = order.awaitsTransfer();
        return new BuyerPage(profile.name(), profile.phone(), order.orderNumber(), statusWords(order.status()),
                tone(order.status()), timeline(order), items(order), amounts(order), Rupiah.format(order.grandTotal()),
                Rupiah.format(order.amountPaid()), Rupiah.format(order.remaining()), order.remaining() == 0, order.cod(),
                transferDue ? transfer(order.remaining(), order.uniqueCode()) : null,
                transferDue ? profile.banks().stream().map(b -> new BuyerPage.Bank(b.bank(), b.number(), b.holder()))
                        .toList() : List.of(),
                order.recipientName(), order.shipTo(), chosenCourier(order), parcel(order.shipment()));
    }

    /** The status in the buyer's words (staff labels such as "Sedang Diproses" mean little to a buyer). */
    static String statusWords(OrderStatus status) {
        return switch (status) {
            case BELUM_BAYAR -> "Menunggu pembayaran";
            case DOWN_PAYMENT -> "Menunggu pelunasan";
            case KONFIRMASI -> "Pembayaran sedang dicek";
            case SEDANG_DIPROSES -> "Pesanan diproses";
            case PROSES_PENGIRIMAN -> "Dikirim";
            case SUKSES -> "Selesai";
            case CANCEL -> "Dibatalkan";
            case RETUR -> "Dikembalikan (retur)";
        };
    }

    private static String tone(OrderStatus status) {
        return switch (status) {
            case BELUM_BAYAR, DOWN_PAYMENT -> "wait";
            case CANCEL, RETUR -> "stop";
            default -> "ok";
        };
    }

    private static List<BuyerPage.Step> timeline(BuyerOrder order) {
        List<BuyerPage.Step> steps = new ArrayList<>();
        steps.add(step("Pesanan dibuat", order.createdAt()));
        if (order.confirmedAt() != null) {
            steps.add(step("Konfirmasi pembayaran dikirim", order.confirmedAt()));
        }
        if (order.status() == OrderStatus.CANCEL) {
            steps.add(step("Dibatalkan", order.closedAt()));
            return steps;
        }
        steps.add(step(order.cod() ? "Dibayar di tempat (COD)" : "Pembayaran diterima",
                order.cod() ? null : order.paidAt()));
        steps.add(step("Dikirim", order.shippedAt()));
        steps.add(step(order.status() == OrderStatus.RETUR ? "Dikembalikan (retur)" : "Selesai", order.closedAt()));
        return steps;
    }

    private static BuyerPage.Step step(String label, @Nullable Instant when) {
        return new BuyerPage.Step(label, when == null ? null : JakartaTime.format(when), when != null);
    }

    private static List<BuyerPage.Item> items(BuyerOrder order) {
        return order.lines().stream().map(l -> new BuyerPage.Item(l.productName(), l.quantity(),
                Rupiah.format(l.unitPrice()), Rupiah.format(l.total()))).toList();
    }

    private static List<BuyerPage.Amount> amounts(BuyerOrder order) {
        List<BuyerPage.Amount> amounts = new ArrayList<>();
        amounts.add(new BuyerPage.Amount("Subtotal", Rupiah.format(order.subtotal())));
        if (order.discount() > 0) {
            amounts.add(new BuyerPage.Amount("Diskon", Rupiah.format(-order.discount())));
        }
        if (order.shippingCost() > 0) {
            amounts.add(new BuyerPage.Amount("Ongkos kirim", Rupiah.format(order.shippingCost())));
        }
        if (order.insurance() > 0) {
            amounts.add(new BuyerPage.Amount("Asuransi", Rupiah.format(order.insurance())));
        }
        if (order.otherFee() > 0) {
            amounts.add(new BuyerPage.Amount("Biaya lain", Rupiah.format(order.otherFee())));
        }
        if (order.uniqueCode() > 0) {
            amounts.add(new BuyerPage.Amount("Kode unik", Rupiah.format(order.uniqueCode())));
        }
        return amounts;
    }

    /** {@code Rp 185.123} as "Rp 185." + "123" when the last three digits carry the kode unik. */
    static BuyerPage.Transfer transfer(long amount, int uniqueCode) {
        String formatted = Rupiah.format(amount);
        boolean emphasise = uniqueCode > 0 && amount >= 1000;
        int cut = emphasise ? formatted.length() - 3 : formatted.length();
        return new BuyerPage.Transfer(formatted.substring(0, cut), formatted.substring(cut), Long.toString(amount),
                uniqueCode > 0);
    }

    private static @Nullable String chosenCourier(BuyerOrder order) {
        if (order.courier() == null) {
            return null;
        }
        return order.courierService() == null ? order.courier() : order.courier() + " " + order.courierService();
    }

    private static BuyerPage.@Nullable Parcel parcel(@Nullable BuyerShipment shipment) {
        if (shipment == null) {
            return null;
        }
        return new BuyerPage.Parcel(shipment.courier().label(), shipment.service(), shipment.resi(),
                shipment.trackingUrl(),
                shipment.shippedAt() == null ? null : JakartaTime.format(shipment.shippedAt()));
    }
}
