package id.orderan.support;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Base of every test that needs the application: one Spring context and one real MariaDB for the
 * whole run (identical configuration here is what lets Spring cache the context). Each test starts
 * from empty business tables.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
public abstract class IntegrationTest {

    @Autowired
    protected TestData data;

    @BeforeEach
    void startFromEmptyTables() {
        data.clean();
    }
}
