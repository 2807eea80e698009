package dev.moons.ui.shell;

import dev.moons.export.ExportSize;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.stage.Window;

/** Asks for an export's size: one field "width × height", its one-line error under it, OK only while valid. */
final class SizeDialog {
    private SizeDialog() {}

    /** The size chosen for exporting {@code what}, starting from {@code suggested}; empty when cancelled. */
    static Optional<ExportSize> ask(Window owner, String what, ExportSize suggested) {
        Dialog<ExportSize> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Export " + what);
        TextField field = new TextField(suggested.toString());
        field.setId("exportSizeField");
        Label error = new Label();
        error.setId("exportSizeError");
        error.setTextFill(Color.web("#b00020"));
        VBox body = new VBox(6, new Label("Picture size in pixels (width × height), caption strip below it:"),
                field, error);
        body.setPadding(new Insets(10));
        dialog.getDialogPane().setContent(body);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        javafx.scene.Node ok = dialog.getDialogPane().lookupButton(ButtonType.OK);
        field.textProperty().addListener((obs, old, text) -> {
            String problem = problem(text);
            error.setText(problem);
            ok.setDisable(!problem.isEmpty());
        });
        dialog.setResultConverter(b -> b == ButtonType.OK ? ExportSize.parse(field.getText()) : null);
        return dialog.showAndWait();
    }

    /** The one-line error for {@code text}, empty when it is a valid size. */
    static String problem(String text) {
        try {
            ExportSize.parse(text);
            return "";
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }
}
