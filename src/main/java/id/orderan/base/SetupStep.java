package id.orderan.base;

import java.util.function.BooleanSupplier;

/**
 * One step of the *Mulai* checklist a new shop's admin sees on the home screen. Features contribute
 * steps as Spring beans, so the checklist (in {@code base.ui}) depends on no feature.
 *
 * @see "docs/decisions/0040-mulai-checklist.md"
 */
public interface SetupStep {

    /** Translation key of the step's label, e.g. {@code setup.step.products}. */
    String labelKey();

    /** Route of the screen where the step is done, e.g. {@code products}. */
    String route();

    /** Where the step stands in the list (smaller first). */
    int position();

    /** Whether the step is done. Called on each visit of the home screen: one cheap query or a cached value. */
    boolean done();

    /** A step whose state comes from {@code done}. */
    static SetupStep of(String labelKey, String route, int position, BooleanSupplier done) {
        return new SetupStep() {
            @Override
            public String labelKey() {
                return labelKey;
            }

            @Override
            public String route() {
                return route;
            }

            @Override
            public int position() {
                return position;
            }

            @Override
            public boolean done() {
                return done.getAsBoolean();
            }
        };
    }
}
