@NullMarked
package id.orderan.storefront.ui;

import org.jspecify.annotations.NullMarked;
