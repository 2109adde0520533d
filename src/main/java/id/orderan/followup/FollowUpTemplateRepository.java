package id.orderan.followup;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface FollowUpTemplateRepository extends JpaRepository<FollowUpTemplateRow, Long> {

    Optional<FollowUpTemplateRow> findByChannelAndStage(FollowUpChannel channel, FollowUpStage stage);
}
