@NullMarked
package id.orderan.store;

import org.jspecify.annotations.NullMarked;
