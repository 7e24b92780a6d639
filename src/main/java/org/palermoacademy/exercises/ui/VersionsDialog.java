package org.palermoacademy.exercises.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;
import org.palermoacademy.exercises.DraftVersion;
import org.palermoacademy.exercises.DraftService;

/** The draft's version history with restore. */
class VersionsDialog extends Dialog {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    VersionsDialog(DraftService drafts, String draftId, Consumer<String> restore) {
        setHeaderTitle(getTranslation("editor.versions"));
        setId("versions-dialog");
        Grid<DraftVersion> grid = new Grid<>();
        grid.addColumn(v -> TIME.format(v.savedAt())).setHeader(getTranslation("editor.versions.savedAt"));
        grid.addColumn(v -> getTranslation("editor.versions.reason." + v.reason())).setHeader(getTranslation("editor.versions.reason"));
        grid.addColumn(DraftVersion::words).setHeader(getTranslation("editor.versions.words"));
        grid.addComponentColumn(v -> new Button(getTranslation("editor.versions.restore"), e -> {
            restore.accept(v.id());
            close();
        })).setHeader("");
        grid.setItems(drafts.versions(draftId));
        grid.setAllRowsVisible(true);
        grid.setMinWidth("min(90vw, 40rem)");
        add(grid);
        getFooter().add(new Button(getTranslation("action.close"), e -> close()));
    }
}
