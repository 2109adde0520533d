package id.orderan.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Roles and permissions are written once: the annotation strings must say what the enum and the sets say. */
class PermissionsTest {

    @Test
    void app_roles_name_exactly_the_role_constants() throws IllegalAccessException {
        var names = new java.util.TreeSet<String>();
        for (Field field : AppRoles.class.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                assertThat(field.get(null)).as(field.getName()).isEqualTo(field.getName());
                names.add(field.getName());
            }
        }
        assertThat(names).containsExactlyInAnyOrderElementsOf(Arrays.stream(Role.values()).map(Role::name).toList());
    }

    @Test
    void every_preauthorize_constant_names_the_roles_of_its_set() {
        assertThat(Permissions.SEES_MONEY).isEqualTo(Permissions.expression(Permissions.MONEY_ROLES));
        assertThat(Permissions.SERVES_CUSTOMERS).isEqualTo(Permissions.expression(Permissions.CUSTOMER_ROLES));
        assertThat(Permissions.SHIPS).isEqualTo(Permissions.expression(Permissions.WAREHOUSE_ROLES));
        assertThat(Permissions.ADMINISTERS).isEqualTo(Permissions.expression(Permissions.ADMIN_ROLES));
        assertThat(Permissions.STAFF).isEqualTo(Permissions.expression(Permissions.STAFF_ROLES));
    }

    @Test
    void the_warehouse_sees_no_money_and_only_the_admin_manages_settings_and_users() {
        assertThat(Permissions.MONEY_ROLES).containsExactlyInAnyOrder(Role.ADMIN, Role.CS);
        assertThat(Permissions.WAREHOUSE_ROLES).containsExactlyInAnyOrder(Role.ADMIN, Role.GUDANG);
        assertThat(Permissions.ADMIN_ROLES).isEqualTo(Set.of(Role.ADMIN));
    }

    @Test
    void an_action_nobody_signed_in_for_is_recorded_as_the_system_user() {
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
        assertThat(new CurrentUser().actorName()).isEqualTo(SystemUser.NAME);
        SystemUser.wrap(() -> assertThat(new CurrentUser().actorName()).isEqualTo("system")).run();
    }
}
