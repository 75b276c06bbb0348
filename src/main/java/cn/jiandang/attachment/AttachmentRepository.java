package cn.jiandang.attachment;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Collection;
import java.util.List;

interface AttachmentRepository extends JpaRepository<Attachment, Long> {

    List<Attachment> findByOwnerTypeAndOwnerIdOrderById(String ownerType, String ownerId);

    List<Attachment> findByTaskIdInOrderById(Collection<String> taskIds);
}
