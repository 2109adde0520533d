@NullMarked
package id.orderan.customer.ui;

import org.jspecify.annotations.NullMarked;
