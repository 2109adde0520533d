@NullMarked
package id.orderan.shipping.ui;

import org.jspecify.annotations.NullMarked;
