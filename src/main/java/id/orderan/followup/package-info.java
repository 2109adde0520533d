@NullMarked
package id.orderan.followup;

import org.jspecify.annotations.NullMarked;
