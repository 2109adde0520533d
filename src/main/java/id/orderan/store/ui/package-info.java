@NullMarked
package id.orderan.store.ui;

import org.jspecify.annotations.NullMarked;
