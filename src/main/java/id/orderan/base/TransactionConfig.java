package id.orderan.base;

import jakarta.persistence.EntityManagerFactory;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Two transaction managers on the one DataSource. JPA's is the default. Hand-written read queries
 * that never touch an entity (the List Order page and counts) use {@link #JDBC}, which never opens
 * a Hibernate session for them.
 */
@Configuration(proxyBeanMethods = false)
public class TransactionConfig {

    public static final String JDBC = "jdbcTransactionManager";

    @Bean
    @Primary
    PlatformTransactionManager transactionManager(EntityManagerFactory entityManagerFactory) {
        return new JpaTransactionManager(entityManagerFactory);
    }

    @Bean(JDBC)
    PlatformTransactionManager jdbcTransactionManager(DataSource dataSource) {
        return new JdbcTransactionManager(dataSource);
    }
}
