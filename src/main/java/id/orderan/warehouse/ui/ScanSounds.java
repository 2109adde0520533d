package id.orderan.warehouse.ui;

import com.vaadin.flow.component.UI;

/**
 * Sounds of the packing table, made by the browser's Web Audio (no file, no npm bundle): a low, long
 * buzz for a refused scan, a short high beep for a good one. Tablets play them after the first tap.
 */
final class ScanSounds {

    private static final String BEEP = """
            try {
              const Ctx = window.AudioContext || window.webkitAudioContext;
              window.__orderanAudio = window.__orderanAudio || new Ctx();
              const ctx = window.__orderanAudio;
              const osc = ctx.createOscillator();
              const gain = ctx.createGain();
              osc.type = $2;
              osc.frequency.value = $0;
              gain.gain.value = 0.25;
              osc.connect(gain);
              gain.connect(ctx.destination);
              osc.start();
              osc.stop(ctx.currentTime + $1);
            } catch (e) { /* no audio: the banner still says it */ }
            """;

    private ScanSounds() {}

    static void error(UI ui) {
        ui.getPage().executeJs(BEEP, 180, 0.6, "square");
    }

    static void ok(UI ui) {
        ui.getPage().executeJs(BEEP, 1200, 0.08, "sine");
    }

    static void done(UI ui) {
        ui.getPage().executeJs(BEEP, 880, 0.3, "sine");
    }
}
