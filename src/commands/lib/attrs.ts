// The attributes of mkwpar's attribute-list flags (reference 3.2), which are
// also the attributes of a specification file's stanzas of the same name:
// -N network, -D device, -I route, -M mount (-R resources: world/resources.ts).

export const NETWORK_ATTRS = ['address', 'netmask', 'interface', 'broadcast', 'address6', 'prefixlen'];
export const DEVICE_ATTRS = ['devname', 'devid', 'rootvg', 'devtype'];
export const ROUTE_ATTRS = ['rtdest', 'rtgateway', 'rtnetmask', 'rtinterface', 'rttype', 'rtprefixlen'];
export const MOUNT_ATTRS = ['directory', 'vfs', 'size', 'dev', 'host', 'mountopts', 'logname', 'vg', 'crfsopts', 'mode'];
