package ij.macro;

/**
 * An ImageJ macro interpreter for machines without a display. ImageJ reports macro errors (syntax errors,
 * unknown commands, errors raised by commands) in a dialog, which cannot exist headless: the dialog's
 * constructor throws and the message is lost behind a stack trace. This subclass reports the message as one
 * line instead. It lives in ImageJ's package because {@code showError} is package-private; it is used only by
 * Parallax Layers' own headless runner, where ImageJ and the plugin share one class loader.
 */
public class HeadlessInterpreter extends Interpreter {
    private String reported;

    @Override
    void showError(String title, String msg, String[] variables) {
        reported = (title == null ? "Macro Error" : title) + ": " + msg.replaceAll("\\s*\\n\\s*", " | ").trim();
    }

    /** The error ImageJ would have shown in a dialog, or null. */
    public String reportedError() {
        return reported;
    }
}
