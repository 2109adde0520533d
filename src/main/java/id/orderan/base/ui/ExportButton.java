package id.orderan.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.icon.VaadinIcon;
import id.orderan.base.dataio.ExportSource;
import java.util.function.Supplier;

/**
 * "Ekspor" for a toolbar: on click asks the supplier for the export of what the screen shows right
 * now (so the file matches the current tab, search, filters and sort) and opens the {@link ExportDialog}.
 */
public class ExportButton extends Button {

    public ExportButton(Supplier<ExportSource> currentView) {
        super(VaadinIcon.DOWNLOAD_ALT.create());
        setText(getTranslation("export.button"));
        addClickListener(e -> new ExportDialog(currentView.get()).open());
    }
}
