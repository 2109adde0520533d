package id.orderan.order;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The absolute address of a buyer's order page, for links that leave the application (WhatsApp,
 * email): {@code orderan.public-url} (env {@code ORDERAN_PUBLIC_URL}) + {@code /o/{token}}.
 */
@Component
public class BuyerLinks {

    public static final String ORDER_PAGE = "/o/";

    private final String publicUrl;

    BuyerLinks(@Value("${orderan.public-url:http://localhost:8080}") String publicUrl) {
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /** The order page's address, or "" for an order without a token (follow-up lines with "" are left out). */
    public String orderPage(@Nullable String token) {
        return token == null ? "" : publicUrl + ORDER_PAGE + token;
    }

    public String orderPage(SalesOrder order) {
        return orderPage(order.getBuyerToken());
    }
}
