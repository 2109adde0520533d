@NullMarked
package id.orderan.payment;

import org.jspecify.annotations.NullMarked;
