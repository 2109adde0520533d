package id.orderan.order;

import id.orderan.base.JakartaTime;
import id.orderan.base.TransactionConfig;
import id.orderan.base.Translations;
import id.orderan.base.dataio.ProgressListener;
import id.orderan.base.dataio.TableWriter;
import id.orderan.customer.PhoneNumber;
import id.orderan.security.Permissions;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Export of List Order's current view (tab, search, filters and sort exactly as on screen) to a
 * {@link TableWriter}: the same SQL as the grid ({@link OrderListQuery}), walked with keyset pages
 * of {@value #CHUNK} rows, each page followed by one query for its lines and one for its shipping
 * details. Memory stays constant (one page at a time) and no transaction or connection is held
 * between pages: each statement runs on its own (auto-commit), so a 100,000-row export never holds
 * a snapshot, locks or a pooled connection while the file is being written. Keyset paging on
 * (sort column, id) neither repeats nor skips a row that stays put; an order edited mid-export shows
 * its newest state.
 *
 * <p>Money columns (total, dibayar, sisa) are left out for the warehouse role here, in the service;
 * the COD amount to collect stays, like on every warehouse screen.
 *
 * @see "docs/decisions/0051-list-order-export.md"
 */
@Service
@PreAuthorize(Permissions.SIGNED_IN)
public class OrderExportService {

    static final int CHUNK = 1_000;

    /** The columns, in file order; {@code money} ones are withheld from the warehouse. */
    enum Column {
        ORDER_NUMBER(false), DATE(false), STATUS(false), REASON(false), SOURCE(false), CUSTOMER(false),
        CATEGORY(false), WHATSAPP(false), RECIPIENT(false), STREET(false), DISTRICT(false), CITY(false),
        PROVINCE(false), POSTAL_CODE(false), PRODUCTS(false), QUANTITY(false), TOTAL(true), PAID(true),
        REMAINING(true), COD(false), COD_AMOUNT(false), COURIER(false), RESI(false);

        private final boolean money;

        Column(boolean money) {
            this.money = money;
        }

        String labelKey() {
            return "export.order.column." + name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    private record Details(long amountPaid, boolean cod, @Nullable String courier, @Nullable String courierService,
            String recipient, @Nullable String street, @Nullable String district, @Nullable String city,
            @Nullable String province, @Nullable String postalCode, @Nullable String shipmentCourier,
            @Nullable String resi) {}

    /** Rows per keyset page; tests lower it to cross page boundaries with a few orders. */
    int chunk = CHUNK;
    private final OrderListQuery listQuery;
    private final OrderQueryService queries;
    private final NamedParameterJdbcTemplate jdbc;
    private final Permissions permissions;
    private final Translations translations;

    OrderExportService(OrderListQuery listQuery, OrderQueryService queries, NamedParameterJdbcTemplate jdbc,
            Permissions permissions, Translations translations) {
        this.listQuery = listQuery;
        this.queries = queries;
        this.jdbc = jdbc;
        this.permissions = permissions;
        this.translations = translations;
    }

    /** How many rows an export of this view writes (for the progress bar). */
    public long expectedRows(OrderFilter filter) {
        return queries.count(filter);
    }

    /**
     * Writes the header and every order of the view, in the view's order, reporting progress after
     * each page. Texts (headers, statuses) are in {@code locale}, dates in Asia/Jakarta.
     */
    @Transactional(readOnly = true, transactionManager = TransactionConfig.JDBC,
            propagation = Propagation.NOT_SUPPORTED)
    public void export(OrderFilter filter, OrderSort requestedSort, Locale locale, TableWriter writer,
            ProgressListener progress) throws IOException {
        boolean money = permissions.maySeeMoney();
        // sorting by amount would reveal amounts: the warehouse gets newest first, as on screen
        OrderSort sort = requestedSort.field() == OrderSort.Field.GRAND_TOTAL && !money ? OrderSort.newestFirst()
                : requestedSort;
        List<Column> columns = List.of(Column.values()).stream().filter(c -> money || !c.money).toList();
        writer.header(columns.stream().map(c -> translations.getTranslation(c.labelKey(), locale)).toList());
        long total = expectedRows(filter);
        long done = 0;
        progress.progress(0, total);
        List<OrderListQuery.Row> page = listQuery.page(filter, sort, 0, chunk);
        while (!page.isEmpty()) {
            write(page, columns, locale, writer);
            done += page.size();
            progress.progress(done, Math.max(total, done));
            if (page.size() < chunk) {
                break;
            }
            page = listQuery.pageAfter(filter, cursorAfter(page.getLast(), sort), chunk);
        }
    }

    private void write(List<OrderListQuery.Row> page, List<Column> columns, Locale locale, TableWriter writer)
            throws IOException {
        List<Long> ids = page.stream().map(OrderListQuery.Row::id).toList();
        Map<Long, List<OrderRow.ProductQuantity>> products = listQuery.products(ids);
        Map<Long, Details> details = details(ids);
        for (OrderListQuery.Row row : page) {
            Details detail = details.get(row.id());
            List<OrderRow.ProductQuantity> lines = products.getOrDefault(row.id(), List.of());
            List<@Nullable Object> cells = new ArrayList<>(columns.size());
            for (Column column : columns) {
                cells.add(cell(column, row, detail, lines, locale));
            }
            writer.row(cells);
        }
    }

    private @Nullable Object cell(Column column, OrderListQuery.Row row, @Nullable Details detail,
            List<OrderRow.ProductQuantity> lines, Locale locale) {
        long paid = detail == null ? 0 : detail.amountPaid();
        long remaining = Math.max(0, row.grandTotal() - paid);
        return switch (column) {
            case ORDER_NUMBER -> row.orderNumber();
            case DATE -> LocalDateTime.ofInstant(row.createdAt(), JakartaTime.ZONE);
            case STATUS -> translations.getTranslation(row.status().labelKey(), locale);
            case REASON -> row.statusReason();
            case SOURCE -> translations.getTranslation(row.source().labelKey(), locale);
            case CUSTOMER -> row.customerName();
            case CATEGORY -> translations.getTranslation(row.customerCategory().labelKey(), locale);
            // 0812-3456-7890 as on screen: Excel keeps it text instead of 6.28E+12
            case WHATSAPP -> row.customerPhone() == null ? null : PhoneNumber.display(row.customerPhone());
            case RECIPIENT -> detail == null ? null : detail.recipient();
            case STREET -> detail == null ? null : detail.street();
            case DISTRICT -> detail == null ? null : detail.district();
            case CITY -> detail == null ? null : detail.city();
            case PROVINCE -> detail == null ? null : detail.province();
            case POSTAL_CODE -> detail == null ? null : detail.postalCode();
            case PRODUCTS -> lines.stream().map(p -> p.name() + " ×" + p.quantity()).collect(Collectors.joining(", "));
            case QUANTITY -> lines.stream().mapToLong(OrderRow.ProductQuantity::quantity).sum();
            case TOTAL -> row.grandTotal();
            case PAID -> paid;
            case REMAINING -> remaining;
            case COD -> detail != null && detail.cod() ? translations.getTranslation("export.order.yes", locale) : null;
            case COD_AMOUNT -> detail != null && detail.cod() ? remaining : null;
            case COURIER -> courier(detail);
            case RESI -> detail == null ? null : detail.resi();
        };
    }

    private static @Nullable String courier(@Nullable Details detail) {
        if (detail == null) {
            return null;
        }
        String courier = detail.shipmentCourier() != null ? detail.shipmentCourier() : detail.courier();
        if (courier == null) {
            return null;
        }
        return detail.courierService() == null || detail.shipmentCourier() != null ? courier
                : courier + " " + detail.courierService();
    }

    /** The page's shipping details and its latest shipment, in one query. */
    private Map<Long, Details> details(List<Long> ids) {
        Map<Long, Details> byId = new HashMap<>();
        jdbc.query("SELECT o.id, o.amount_paid, o.cod, o.courier, o.courier_service, o.recipient_name, o.ship_street,"
                        + " o.ship_district, o.ship_city, o.ship_province, o.ship_postal_code, s.courier AS s_courier,"
                        + " s.service AS s_service, s.resi FROM sales_order o LEFT JOIN shipment s ON s.order_id = o.id"
                        + " WHERE o.id IN (:ids) ORDER BY o.id, s.id",
                new MapSqlParameterSource("ids", ids), rs -> {
                    String shipmentCourier = rs.getString("s_courier");
                    if (shipmentCourier != null && rs.getString("s_service") != null) {
                        shipmentCourier = shipmentCourier + " " + rs.getString("s_service");
                    }
                    // the latest shipment wins (rows come in shipment order)
                    byId.put(rs.getLong("id"), new Details(rs.getLong("amount_paid"), rs.getBoolean("cod"),
                            rs.getString("courier"), rs.getString("courier_service"), rs.getString("recipient_name"),
                            rs.getString("ship_street"), rs.getString("ship_district"), rs.getString("ship_city"),
                            rs.getString("ship_province"), rs.getString("ship_postal_code"), shipmentCourier,
                            rs.getString("resi")));
                });
        return byId;
    }

    private static OrderCursor cursorAfter(OrderListQuery.Row last, OrderSort sort) {
        Object value = switch (sort.field()) {
            case CREATED_AT -> last.createdAt();
            case ORDER_NUMBER -> last.orderNumber();
            case GRAND_TOTAL -> last.grandTotal();
        };
        return new OrderCursor(sort, value, last.id());
    }
}
