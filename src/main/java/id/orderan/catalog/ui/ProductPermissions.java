package id.orderan.catalog.ui;

/** What the signed-in role may see and do on Produk (the service enforces the same rules). */
record ProductPermissions(boolean seesPrices, boolean manages, boolean movesStock) {}
