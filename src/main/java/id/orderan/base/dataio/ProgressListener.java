package id.orderan.base.dataio;

/** Rows done out of a total (the total may be an estimate); called from the working thread. */
@FunctionalInterface
public interface ProgressListener {

    ProgressListener NONE = (done, total) -> { };

    void progress(long done, long total);
}
