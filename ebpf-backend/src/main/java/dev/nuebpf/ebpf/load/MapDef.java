package dev.nuebpf.ebpf.load;

/** A map as the object declares it (a spec, not a live map: see {@link dev.nuebpf.ebpf.maps.BpfMap}). */
public record MapDef(String name, int type, int keySize, int valueSize, int maxEntries, int flags,
                     int btfKeyTypeId, int btfValueTypeId) {}
