package id.orderan.order.ui;

import id.orderan.base.ui.MissingRouteTarget;
import id.orderan.order.OrderQueryService;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/** {@code orders/:number} and {@code orders/:number/edit} with a number that names no order: HTTP 404. */
@Component
class OrderLinkCheck implements MissingRouteTarget {

    private static final Pattern ORDER_PAGE = Pattern.compile("orders/([^/]+)(/edit)?/?");
    private static final Set<String> OTHER_PAGES = Set.of("new", "cancel", "retur");

    private final OrderQueryService queries;

    OrderLinkCheck(OrderQueryService queries) {
        this.queries = queries;
    }

    @Override
    public boolean isMissing(String path) {
        var matcher = ORDER_PAGE.matcher(path);
        if (!matcher.matches() || OTHER_PAGES.contains(matcher.group(1))) {
            return false;
        }
        return !queries.exists(URLDecoder.decode(matcher.group(1), StandardCharsets.UTF_8));
    }
}
