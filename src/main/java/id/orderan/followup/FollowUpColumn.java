package id.orderan.followup;

import id.orderan.order.OrderFollowUps;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Fills List Order's Follow Up column ("FU 2 · 3 jam lalu"), which {@code order} owns. */
@Component
class FollowUpColumn implements OrderFollowUps {

    private final FollowUpService followUps;

    FollowUpColumn(FollowUpService followUps) {
        this.followUps = followUps;
    }

    @Override
    public Map<Long, Summary> summaries(List<Long> orderIds) {
        return followUps.summaries(orderIds).entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                entry -> new Summary(entry.getValue().sent(), entry.getValue().last())));
    }
}
