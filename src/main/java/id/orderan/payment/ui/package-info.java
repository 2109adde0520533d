@NullMarked
package id.orderan.payment.ui;

import org.jspecify.annotations.NullMarked;
