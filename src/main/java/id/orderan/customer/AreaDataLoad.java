package id.orderan.customer;

import id.orderan.base.JdbcDataTask;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Liquibase {@code customChange} (changeset customer-003) that fills the area tables from the
 * gzipped idn-area-data CSVs. Multi-row INSERTs of 1,000 rows keep the ~91,000 rows at about a
 * second, which matters because every test run migrates a fresh database. Public only because
 * Liquibase instantiates it by name.
 *
 * @see <a href="../../../../../../docs/decisions/0020-area-data-and-search.md">0020</a>
 */
public class AreaDataLoad extends JdbcDataTask {

    private static final int ROWS_PER_STATEMENT = 1_000;

    @Override
    protected void run(Connection connection) throws SQLException {
        load(connection, "area_province (code, name)", AreaCsv.PROVINCES, 2);
        load(connection, "area_regency (code, province_code, name)", AreaCsv.REGENCIES, 3);
        load(connection, "area_district (code, regency_code, name)", AreaCsv.DISTRICTS, 3);
        load(connection, "area_village (code, district_code, name)", AreaCsv.VILLAGES, 3);
    }

    @Override
    protected String failure() {
        return "loading the Indonesian area data failed";
    }

    private static void load(Connection connection, String table, String resource, int columns) throws SQLException {
        List<List<String>> rows = new ArrayList<>();
        AreaCsv.read(resource, rows::add);
        for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
            List<List<String>> chunk = rows.subList(from, Math.min(from + ROWS_PER_STATEMENT, rows.size()));
            String placeholders = "(" + "?,".repeat(columns - 1) + "?)";
            String sql = "INSERT INTO " + table + " VALUES " + String.join(",", Collections.nCopies(
                    chunk.size(), placeholders));
            try (PreparedStatement insert = connection.prepareStatement(sql)) {
                int index = 1;
                for (List<String> row : chunk) {
                    for (int c = 0; c < columns; c++) {
                        insert.setString(index++, row.get(c).strip());
                    }
                }
                insert.executeUpdate();
            }
        }
    }

    @Override
    public String getConfirmationMessage() {
        return "Indonesian administrative areas loaded (idn-area-data 4.0.1, ODbL)";
    }
}
