package id.orderan.order;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The capped counts choose their plan from EXPLAIN's row estimate; MariaDB does not always print a number. */
class ExplainedRowsTest {

    @Test
    void a_plain_row_estimate_is_read_as_it_is() {
        assertThat(OrderListQuery.explainedRows("1234")).isEqualTo(1234);
    }

    @Test
    void a_rowid_filter_estimate_counts_the_rows_read_before_the_filter() {
        assertThat(OrderListQuery.explainedRows("3 (33%)")).isEqualTo(3);
        assertThat(OrderListQuery.explainedRows("250000 (4%)")).isEqualTo(250_000);
    }

    @Test
    void no_estimate_counts_as_none() {
        assertThat(OrderListQuery.explainedRows(null)).isZero();
        assertThat(OrderListQuery.explainedRows("")).isZero();
    }
}
