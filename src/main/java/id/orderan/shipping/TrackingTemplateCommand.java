package id.orderan.shipping;

import id.orderan.order.Courier;

/**
 * An admin's tracking URL template for a courier, as typed ({@code ""} means no tracking link), and the
 * version they loaded ({@link TrackingTemplate#DEFAULT_VERSION} when they saw the built-in default).
 */
public record TrackingTemplateCommand(Courier courier, String template, long version) {}
