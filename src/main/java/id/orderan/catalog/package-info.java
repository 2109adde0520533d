@NullMarked
package id.orderan.catalog;

import org.jspecify.annotations.NullMarked;
