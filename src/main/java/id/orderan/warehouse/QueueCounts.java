package id.orderan.warehouse;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The Gudang home's numbers. Ages are by the day the order was placed, in Asia/Jakarta: today,
 * yesterday, older.
 *
 * @param couriers Siap dikemas and Sudah dikemas per courier, the busiest first
 */
public record QueueCounts(int readyToPack, int today, int yesterday, int older, int packed, int readyToHandOver,
        List<CourierCount> couriers) {

    /** @param courier the courier's code, null for orders that have none yet */
    public record CourierCount(@Nullable String courier, int readyToPack, int today, int yesterday, int older,
            int packed) {}
}
