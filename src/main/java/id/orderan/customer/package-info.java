@NullMarked
package id.orderan.customer;

import org.jspecify.annotations.NullMarked;
