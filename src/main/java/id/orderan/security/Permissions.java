package id.orderan.security;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Who may do what, in one place: the role sets behind each permission, the same rules as
 * {@code @PreAuthorize} expressions (constants, because annotations need them at compile time) and as
 * checks for code that shapes a result by role (the warehouse gets rows without money). Services use
 * both; views ask the bean to hide what the service would refuse.
 *
 * <p>{@code PermissionsTest} proves each expression names exactly the roles of its set.
 *
 * @see <a href="../../../../../../docs/decisions/0071-warehouse-reads-without-money.md">0071 warehouse reads without money</a>
 * @see <a href="../../../../../../docs/decisions/0116-who-sees-money.md">0116 who sees money</a>
 */
@Component
public class Permissions {

    /** Money figures, payments, invoices, creating and editing orders, cancel and retur: ADMIN, CS. */
    public static final Set<Role> MONEY_ROLES = roles(Role.ADMIN, Role.CS);
    /** Customers and follow-ups (decision 0022): ADMIN, CS. */
    public static final Set<Role> CUSTOMER_ROLES = roles(Role.ADMIN, Role.CS);
    /** Warehouse work: resi, delivered, stock movements: ADMIN, GUDANG. */
    public static final Set<Role> WAREHOUSE_ROLES = roles(Role.ADMIN, Role.GUDANG);
    /** Settings, follow-up templates, staff accounts, products and prices, imports, repairs: ADMIN. */
    public static final Set<Role> ADMIN_ROLES = roles(Role.ADMIN);
    /** A payment confirmation may be submitted by the money roles and by the buyer (decision 0131). */
    public static final Set<Role> CONFIRMATION_ROLES = roles(Role.ADMIN, Role.CS, Role.BUYER);
    /** Every staff role (printing labels, reading orders without money). */
    public static final Set<Role> STAFF_ROLES = roles(Role.ADMIN, Role.CS, Role.GUDANG);

    public static final String SEES_MONEY = "hasAnyRole('" + AppRoles.ADMIN + "','" + AppRoles.CS + "')";
    public static final String SERVES_CUSTOMERS = "hasAnyRole('" + AppRoles.ADMIN + "','" + AppRoles.CS + "')";
    public static final String SHIPS = "hasAnyRole('" + AppRoles.ADMIN + "','" + AppRoles.GUDANG + "')";
    public static final String ADMINISTERS = "hasAnyRole('" + AppRoles.ADMIN + "')";
    public static final String STAFF = "hasAnyRole('" + AppRoles.ADMIN + "','" + AppRoles.CS + "','"
            + AppRoles.GUDANG + "')";
    public static final String CONFIRMS_PAYMENT = "hasAnyRole('" + AppRoles.ADMIN + "','" + AppRoles.CS + "','"
            + AppRoles.BUYER + "')";
    /** Taking stock for a new order: staff with money rights, and the buyer placing one (decision 0134). */
    public static final String TAKES_STOCK = "hasAnyRole('" + AppRoles.ADMIN + "','" + AppRoles.CS + "','"
            + AppRoles.BUYER + "')";
    /** Only the buyer's own entry points (decision 0131). */
    public static final String BUYER = "hasAnyRole('" + AppRoles.BUYER + "')";
    /** Any signed-in user (the system user included); the result may still be shaped by role. */
    public static final String SIGNED_IN = "isAuthenticated()";

    private final CurrentUser currentUser;

    Permissions(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    /** Amounts, prices, payments; the warehouse sees COD amounts only, through its own fields. */
    public boolean maySeeMoney() {
        return currentUser.hasAnyRole(MONEY_ROLES);
    }

    public boolean mayServeCustomers() {
        return currentUser.hasAnyRole(CUSTOMER_ROLES);
    }

    /** Resi, delivered, stock movements. */
    public boolean mayShip() {
        return currentUser.hasAnyRole(WAREHOUSE_ROLES);
    }

    /** Cancel and retur take money decisions (refunds, stock back): the money roles. */
    public boolean mayCancelOrRetur() {
        return currentUser.hasAnyRole(MONEY_ROLES);
    }

    /** Everything of {@link #ADMIN_ROLES}: products and prices, imports, settings, templates, staff. */
    public boolean mayAdminister() {
        return currentUser.hasAnyRole(ADMIN_ROLES);
    }

    public boolean mayManageSettings() {
        return currentUser.hasAnyRole(ADMIN_ROLES);
    }

    public boolean mayManageUsers() {
        return currentUser.hasAnyRole(ADMIN_ROLES);
    }

    /** The {@code @PreAuthorize} expression for a role set, as the constants above spell it. */
    static String expression(Set<Role> roles) {
        StringBuilder spel = new StringBuilder("hasAnyRole(");
        String separator = "";
        for (Role role : Role.values()) {
            if (roles.contains(role)) {
                spel.append(separator).append('\'').append(role.name()).append('\'');
                separator = ",";
            }
        }
        return spel.append(')').toString();
    }

    private static Set<Role> roles(Role first, Role... rest) {
        return Collections.unmodifiableSet(EnumSet.of(first, rest));
    }
}
