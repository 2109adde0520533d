package id.orderan.security.ui;

import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategy;
import id.orderan.security.ActingContext;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Vaadin's context strategy (the signed-in user of the current Vaadin session, even from another
 * thread's {@code UI.access}), except while code acts as someone on purpose: an {@link ActingContext}
 * put on the thread (the system user, the buyer) wins until it is replaced (decision 0153).
 */
final class ActingFirstContextStrategy implements SecurityContextHolderStrategy {

    private final ThreadLocal<SecurityContext> acting = new ThreadLocal<>();
    private final SecurityContextHolderStrategy vaadin = new VaadinAwareSecurityContextHolderStrategy();

    @Override
    public void clearContext() {
        acting.remove();
        vaadin.clearContext();
    }

    @Override
    public SecurityContext getContext() {
        SecurityContext context = acting.get();
        return context != null ? context : vaadin.getContext();
    }

    @Override
    public void setContext(SecurityContext context) {
        if (context instanceof ActingContext) {
            acting.set(context);
        } else {
            acting.remove();
            vaadin.setContext(context);
        }
    }

    @Override
    public SecurityContext createEmptyContext() {
        return vaadin.createEmptyContext();
    }
}
