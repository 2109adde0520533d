package id.orderan.order.ui;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import kotlin.jvm.functions.Function0;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** Opens many List Order UIs (each its own session, the grid's first page loaded) and weighs them. */
public final class ListOrderMemoryProbe {

    private ListOrderMemoryProbe() {}

    /**
     * Retained heap per open UI in bytes: (heap after opening − heap before) ÷ count, after full GCs.
     * The UIs share one mocked session, as browser tabs of one user would: what is measured is the
     * UI itself, its List Order view and the grid's loaded first page.
     */
    public static long retainedBytesPerUi(ApplicationContext context, int count) {
        Routes routes = new Routes().autoDiscoverViews("id.orderan");
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(routes, context, uiFactory));
        var authentication = UsernamePasswordAuthenticationToken.authenticated("admin", "n/a",
                List.of(new SimpleGrantedAuthority("ROLE_ADMIN")));
        SecurityContextHolder.getContext().setAuthentication(authentication);
        var request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(authentication);
        request.setUserInRole((principal, role) -> "ADMIN".equals(role));
        List<UI> keep = new ArrayList<>();
        openListOrder(UI.getCurrent()); // warm-up: class loading, caches
        long before = usedHeapAfterGc();
        for (int i = 0; i < count; i++) {
            UI ui = new UI();
            ui.getInternals().setSession(VaadinSession.getCurrent());
            UI.setCurrent(ui);
            ui.doInit(VaadinRequest.getCurrent(), 1000 + i, "ROOT");
            VaadinSession.getCurrent().addUI(ui);
            openListOrder(ui);
            keep.add(ui);
        }
        long after = usedHeapAfterGc();
        pauseForInspection();
        long perUi = (after - before) / count;
        keep.clear();
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
        return perUi;
    }

    private static void openListOrder(UI ui) {
        ui.navigate(OrderListView.class);
        // the grid the page shows, told which rows are in view, as a browser does
        OrderGrid grid = LocatorJ._get(ui, OrderGrid.class);
        grid.getDataCommunicator().setViewportRange(0, 50);
        MockVaadin.clientRoundtrip(false); // the communicator fetches and keys the first page, as for a browser
        if (grid.getDataCommunicator().getItem(0) == null) {
            throw new IllegalStateException("the grid did not load its first page");
        }
    }

    /** {@code -Dorderan.probe.pause=30} leaves time for {@code jmap -histo:live} on the test JVM. */
    private static void pauseForInspection() {
        int seconds = Integer.getInteger("orderan.probe.pause", 0);
        try {
            Thread.sleep(seconds * 1000L);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static long usedHeapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
