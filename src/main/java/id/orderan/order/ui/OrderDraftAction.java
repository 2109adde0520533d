package id.orderan.order.ui;

import com.vaadin.flow.component.dialog.Dialog;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/**
 * Something Tambah Order can do with the draft instead of saving it as an order, contributed by a
 * feature above {@code order} as a Spring bean (the storefront's "Kirim sebagai link private"). The
 * form shows one button per contributor, id {@code draft-<id>}, and none without contributors, so
 * {@code order} imports nothing of the contributing feature.
 *
 * @see <a href="../../../../../../../docs/decisions/0141-draft-to-link-contribution.md">0141</a>
 * @see <a href="../../../../../../../docs/decisions/0100-contributors-instead-of-imports.md">0100 contributors</a>
 */
@NamedInterface("ui")
public interface OrderDraftAction {

    /** Lower case with dashes: the button's id is {@code draft-<id>}. */
    String id();

    String labelKey();

    /**
     * Does it with what the form holds now (the form stays as it is).
     *
     * @return the dialog it opened, or null when it refused (and said why)
     */
    @Nullable Dialog open(OrderDraftContent draft);
}
