package id.orderan.warehouse;

import id.orderan.base.BusinessException;
import id.orderan.base.dataio.CellValues;
import id.orderan.base.dataio.CsvRecord;
import id.orderan.order.Courier;
import id.orderan.order.OrderSheet;
import id.orderan.order.OrderStatus;
import id.orderan.shipping.ShippingService;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The rules of bulk resi, row by row and across the file, on data read beforehand for the whole file
 * (no query per row). First the row itself (order and resi given, resi valid, ongkir a number), then
 * the order (known, courier known, Sedang Diproses; Proses Pengiriman with this very resi is done
 * already), then the database (the resi on another order), then the file (an order or a resi twice).
 *
 * @see <a href="../../../../../../docs/decisions/0175-bulk-resi-rows-and-statuses.md">0175 bulk resi rows</a>
 */
final class BulkResiChecks {

    /** Longest service name a shipment keeps. */
    static final int MAX_SERVICE = 40;

    /**
     * What the checks know about the database.
     *
     * @param orders the orders of the file that exist, by number
     * @param latestResi the resi of the latest shipment of each shipped order of the file, by order id
     * @param ordersByResi the orders already carrying each resi of the file
     * @param match the courier a row's text means ({@code CourierService.match})
     * @param find the courier an order's stored code means ({@code CourierService.find})
     */
    record Known(Map<String, OrderSheet> orders, Map<Long, String> latestResi, Map<String, Set<Long>> ordersByResi,
            Function<String, Optional<Courier>> match, Function<String, Optional<Courier>> find, boolean money) {}

    private BulkResiChecks() {}

    static String orderNumber(String typed) {
        String number = typed.strip().toUpperCase(Locale.ROOT);
        return number.startsWith("#") ? number.substring(1).strip() : number;
    }

    static String resi(String typed) {
        return ShippingService.normalizeResi(typed);
    }

    static List<BulkResiRow> check(List<BulkResiLine> lines, Known known) {
        List<BulkResiRow> rows = new ArrayList<>(lines.size());
        for (BulkResiLine line : lines) {
            rows.add(row(line, known));
        }
        sameOrderTwice(rows);
        sameResiOnTwoOrders(rows);
        return rows;
    }

    private static BulkResiRow row(BulkResiLine line, Known known) {
        String number = orderNumber(line.order());
        String resi = resi(line.resi());
        @Nullable OrderSheet order = known.orders().get(number);
        @Nullable Courier courier = courier(line, order, known);
        String courierText = !line.courier().isBlank() ? line.courier()
                : courier != null ? courier.label() : "";
        @Nullable Long orderOngkir = known.money() && order != null && order.totals() != null
                ? order.totals().shippingCost() : null;
        // the buyer's service (REG, YES) is only meaningful with the buyer's courier
        boolean ordersCourier = order != null && courier != null && courier.code().equals(order.courier());
        String service = line.service().isBlank() && ordersCourier && order.courierService() != null
                ? order.courierService() : line.service();
        Long ongkir = null;
        BusinessException ongkirProblem = null;
        try {
            ongkir = ongkir(line);
        } catch (BusinessException e) {
            ongkirProblem = e;
        }
        var row = new BulkResiRow(line.row(), number, courier, courierText, service, resi,
                known.money() ? ongkir : null, orderOngkir, BulkResiStatus.OK, null, List.of());

        if (number.isEmpty() || resi.isEmpty()) {
            return row.with(BulkResiStatus.INCOMPLETE, BulkResiStatus.INCOMPLETE.reasonKey());
        }
        try {
            ShippingService.checkResi(resi);
        } catch (BusinessException e) {
            return row.with(BulkResiStatus.INVALID_RESI, e.messageKey(), e.args());
        }
        if (service.length() > MAX_SERVICE) {
            return row.with(BulkResiStatus.INCOMPLETE, "warehouse.bulk-resi.reason.service-too-long", MAX_SERVICE);
        }
        if (ongkirProblem != null) {
            return row.with(BulkResiStatus.BAD_ONGKIR, BulkResiStatus.BAD_ONGKIR.reasonKey(), line.ongkir());
        }
        if (order == null) {
            return row.with(BulkResiStatus.UNKNOWN_ORDER, BulkResiStatus.UNKNOWN_ORDER.reasonKey(), number);
        }
        if (courier == null) {
            return row.with(BulkResiStatus.UNKNOWN_COURIER, line.courier().isBlank()
                    ? "warehouse.bulk-resi.reason.no-courier" : BulkResiStatus.UNKNOWN_COURIER.reasonKey(), line.courier());
        }
        if (order.status() == OrderStatus.PROSES_PENGIRIMAN) {
            String shipped = known.latestResi().get(order.id());
            if (resi.equals(shipped)) {
                return row.with(BulkResiStatus.DONE, BulkResiStatus.DONE.reasonKey());
            }
            return row.with(BulkResiStatus.WRONG_STATUS, "warehouse.bulk-resi.reason.shipped-other",
                    shipped == null ? "" : shipped);
        }
        if (order.status() != OrderStatus.SEDANG_DIPROSES) {
            return row.with(BulkResiStatus.WRONG_STATUS, BulkResiStatus.WRONG_STATUS.reasonKey(),
                    order.status().labelKey());
        }
        Set<Long> carrying = known.ordersByResi().getOrDefault(resi, Set.of());
        long others = carrying.stream().filter(id -> id != order.id()).count();
        if (others > 0) {
            return row.with(BulkResiStatus.DUPLICATE_RESI, BulkResiStatus.DUPLICATE_RESI.reasonKey(), resi, others);
        }
        return row;
    }

    /** The file's courier, or else the one the buyer chose on the order. */
    private static @Nullable Courier courier(BulkResiLine line, @Nullable OrderSheet order, Known known) {
        if (!line.courier().isBlank()) {
            return known.match().apply(line.courier()).orElse(null);
        }
        if (order != null && order.courier() != null) {
            return known.find().apply(order.courier()).orElse(null);
        }
        return null;
    }

    /** Whole rupiah as sellers and booking tools write them (15000, 15.000, Rp 15.000, 15,000); blank is none. */
    static @Nullable Long ongkir(BulkResiLine line) {
        if (line.ongkir().isBlank()) {
            return null;
        }
        Long amount = CellValues.rupiah(new CsvRecord(line.row(), List.of(line.ongkir()), Map.of("ongkir", 0), 1),
                "ongkir");
        if (amount == null || amount < 0) {
            throw new BusinessException(BulkResiStatus.BAD_ONGKIR.reasonKey(), line.ongkir());
        }
        return amount;
    }

    /**
     * An order on several rows: the same resi again is a repeated line (skipped as done); different resi
     * cannot all be right, so every row of that order is refused.
     */
    private static void sameOrderTwice(List<BulkResiRow> rows) {
        Map<String, List<Integer>> byOrder = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            BulkResiRow row = rows.get(i);
            if (!row.orderNumber().isEmpty() && row.status() != BulkResiStatus.INCOMPLETE) {
                byOrder.computeIfAbsent(row.orderNumber(), n -> new ArrayList<>()).add(i);
            }
        }
        for (List<Integer> indexes : byOrder.values()) {
            if (indexes.size() < 2) {
                continue;
            }
            String resi = rows.get(indexes.getFirst()).resi();
            boolean sameResi = indexes.stream().allMatch(i -> rows.get(i).resi().equals(resi));
            if (sameResi) {
                // the first row that may apply stands for the order; the other good ones repeat it
                Integer kept = indexes.stream().filter(i -> !rows.get(i).status().refused()).findFirst().orElse(null);
                for (int i : indexes) {
                    if (kept != null && i != kept && !rows.get(i).status().refused()) {
                        rows.set(i, rows.get(i).with(BulkResiStatus.DONE, "warehouse.bulk-resi.reason.repeated",
                                String.valueOf(rows.get(kept).row())));
                    }
                }
                continue;
            }
            String where = rowNumbers(rows, indexes);
            for (int i : indexes) {
                if (!rows.get(i).status().refused()) {
                    rows.set(i, rows.get(i).with(BulkResiStatus.DUPLICATE_ORDER,
                            BulkResiStatus.DUPLICATE_ORDER.reasonKey(), where));
                }
            }
        }
    }

    /** One resi on different orders of the file: which order it belongs to cannot be guessed. */
    private static void sameResiOnTwoOrders(List<BulkResiRow> rows) {
        Map<String, List<Integer>> byResi = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            BulkResiRow row = rows.get(i);
            if (!row.status().refused() || row.status() == BulkResiStatus.DUPLICATE_ORDER) {
                byResi.computeIfAbsent(row.resi(), r -> new ArrayList<>()).add(i);
            }
        }
        for (List<Integer> indexes : byResi.values()) {
            long orders = indexes.stream().map(i -> rows.get(i).orderNumber()).distinct().count();
            if (orders < 2) {
                continue;
            }
            String where = rowNumbers(rows, indexes);
            for (int i : indexes) {
                if (!rows.get(i).status().refused()) {
                    rows.set(i, rows.get(i).with(BulkResiStatus.DUPLICATE_RESI, "warehouse.bulk-resi.reason.resi-twice",
                            where));
                }
            }
        }
    }

    private static String rowNumbers(List<BulkResiRow> rows, List<Integer> indexes) {
        return indexes.stream().map(i -> String.valueOf(rows.get(i).row())).collect(Collectors.joining(", "));
    }
}
