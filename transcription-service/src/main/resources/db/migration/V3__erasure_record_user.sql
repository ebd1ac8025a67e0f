-- Every write about a user asks whether that user was erased (ErasureRecordRepository.erased).
create index erasure_record_user on erasure_record (user_id);
