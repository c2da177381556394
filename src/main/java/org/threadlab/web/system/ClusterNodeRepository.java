package org.threadlab.web.system;

import org.springframework.data.jpa.repository.JpaRepository;

/** The {@code cluster_node} table. */
interface ClusterNodeRepository extends JpaRepository<ClusterNode, String> {
}
