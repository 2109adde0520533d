@NullMarked
package id.orderan.shipping;

import org.jspecify.annotations.NullMarked;
