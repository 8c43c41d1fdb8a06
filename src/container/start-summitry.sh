#!/bin/sh
# The container's command: Summitry on Payara Micro, configured by environment variables.
#
# Clustering (shared web sessions, see README "Several instances") stays off unless the instances
# are told how to find each other, never by multicast:
#   SUMMITRY_CLUSTER_MEMBERS     host:port,host:port  every instance's data grid address (TCP list)
#   SUMMITRY_CLUSTER_DNS         name:port            a DNS name with one A record per instance
#   SUMMITRY_CLUSTER_NAME        the cluster's name, required with clustering: at least 16 characters
#                                that only the instances know, since the data grid (Hazelcast's open
#                                source edition) lets in any member or client that gives the name
#   SUMMITRY_CLUSTER_PORT        this instance's data grid port (default 6900)
#   SUMMITRY_CLUSTER_INTERFACES  the addresses the data grid may bind, e.g. 10.0.1.* (default: any)
set -eu

if [ -n "${SUMMITRY_CLUSTER_MEMBERS:-}" ]; then
  set -- --clustermode "tcpip:$SUMMITRY_CLUSTER_MEMBERS"
elif [ -n "${SUMMITRY_CLUSTER_DNS:-}" ]; then
  set -- --clustermode "dns:$SUMMITRY_CLUSTER_DNS"
else
  set -- --nocluster
fi
if [ "$1" != "--nocluster" ]; then
  name="${SUMMITRY_CLUSTER_NAME:-}"
  if [ "${#name}" -lt 16 ]; then
    echo "SUMMITRY_CLUSTER_NAME must be set to at least 16 characters when clustering is on: the" \
      "data grid lets in whoever names the cluster, so make it a secret shared by the instances" \
      "(for example: openssl rand -hex 16) and keep port ${SUMMITRY_CLUSTER_PORT:-6900} off the public network." >&2
    exit 64
  fi
  set -- "$@" --clustername "$name" --startport "${SUMMITRY_CLUSTER_PORT:-6900}"
  if [ -n "${SUMMITRY_CLUSTER_INTERFACES:-}" ]; then
    set -- "$@" --interfaces "$SUMMITRY_CLUSTER_INTERFACES"
  fi
fi

# exec makes java PID 1, so `docker stop` (SIGTERM) reaches it. SUMMITRY_JAVA_OPTS holds several
# options, hence unquoted. JVM options must come before -jar.
# shellcheck disable=SC2086
exec java ${SUMMITRY_JAVA_OPTS:-} -Djava.awt.headless=true -jar payara-micro.jar \
  --deploy summitry.war --contextroot / --port "${SUMMITRY_PORT:-8080}" \
  --prebootcommandfile config/pre-boot.asadmin "$@"
