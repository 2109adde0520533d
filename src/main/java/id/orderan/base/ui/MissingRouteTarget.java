package id.orderan.base.ui;

/**
 * Contributed by a feature whose page takes a route parameter ({@code orders/:number},
 * {@code customers/:id}): whether a requested path names a record that does not exist, so the page
 * request itself can answer HTTP 404 ({@link NotFoundStatusFilter}) while {@link NotFoundView} says so
 * on screen.
 */
public interface MissingRouteTarget {

    /**
     * @param path the request path without the leading slash, e.g. {@code orders/INV-2611-00001}
     * @return true only for a path of this feature's page whose parameter names nothing
     */
    boolean isMissing(String path);
}
