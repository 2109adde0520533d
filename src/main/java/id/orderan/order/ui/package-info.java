@NullMarked
package id.orderan.order.ui;

import org.jspecify.annotations.NullMarked;
