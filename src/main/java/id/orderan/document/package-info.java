@NullMarked
package id.orderan.document;

import org.jspecify.annotations.NullMarked;
