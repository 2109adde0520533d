@NullMarked
package id.orderan.order;

import org.jspecify.annotations.NullMarked;
