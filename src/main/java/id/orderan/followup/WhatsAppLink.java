package id.orderan.followup;

import id.orderan.base.BusinessException;
import id.orderan.customer.PhoneNumber;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/** {@code https://wa.me/62…?text=…}: opens the WhatsApp app (tablet, phone) or WhatsApp Web with the text typed in. */
public final class WhatsAppLink {

    private WhatsAppLink() {}

    public static String of(@Nullable String phone, String message) {
        String number = PhoneNumber.normalize(phone)
                .orElseThrow(() -> new BusinessException("error.followup.phone-invalid", phone == null ? "" : phone));
        // URLEncoder writes spaces as '+', which WhatsApp shows literally: use %20
        String text = URLEncoder.encode(message, StandardCharsets.UTF_8).replace("+", "%20");
        return "https://wa.me/" + number + "?text=" + text;
    }
}
