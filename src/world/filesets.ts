// The filesets the factory LPAR has installed: 301 of them, what an AIX 7.3
// TL2 SP1 overwrite install with the default bundles leaves (the issue: "about
// 300" in a WPAR). One line each: "+" when the fileset has a root part (files
// under /etc each WPAR needs its own copy of), its name, level and description.
// Names and descriptions RECALLED from AIX 7.x installations, checked where a
// real capture has them (ohai's spec/data/plugins/lslpp.output for the
// bos.terminfo, bos.txt, devices.chrp and devices.common rows; DISA's AIX 7
// STIG for bos.rte.security); levels INFERRED for oslevel 7300-02-01.

export interface Fileset {
  name: string;
  level: string;
  description: string;
  /** Whether it has a root part (files under /etc that each WPAR needs its own copy of). */
  root: boolean;
}

const TABLE = `
GSKit8.gskcrypt32.ppc.rte 8.0.55.30 IBM GSKit Cryptography Runtime
GSKit8.gskcrypt64.ppc.rte 8.0.55.30 IBM GSKit Cryptography Runtime
GSKit8.gskssl32.ppc.rte 8.0.55.30 IBM GSKit SSL Runtime With Acme Toolkit
GSKit8.gskssl64.ppc.rte 8.0.55.30 IBM GSKit SSL Runtime With Acme Toolkit
ICU4C.rte 7.3.2.0 International Components for Unicode
Java8_64.jre 8.0.0.811 Java SDK 64-bit Java Runtime Environment
Java8_64.sdk 8.0.0.811 Java SDK 64-bit Development Kit
+Tivoli_Management_Agent.client.rte 3.7.1.0 Management Framework Endpoint Runtime
X11.apps.aixterm 7.3.0.0 AIXterm Application
X11.apps.clients 7.3.0.0 X11 Client Applications
X11.apps.config 7.3.0.0 X11 Configuration Applications
X11.apps.custom 7.3.0.0 X11 Customizing Tool and Utilities
X11.apps.rte 7.3.0.0 X11 Runtime Configuration Applications
X11.apps.xterm 7.3.0.0 X11 xterm Application
X11.base.common 7.3.0.0 AIXwindows Runtime Common Directories
X11.base.lib 7.3.2.0 AIXwindows Runtime Libraries
+X11.base.rte 7.3.2.0 AIXwindows Runtime Environment
X11.base.smt 7.3.0.0 AIXwindows Runtime Shared Memory Transport
X11.compat.lib.X11R6 7.3.0.0 AIXwindows X11R6 Compatibility Libraries
X11.fnt.coreX 7.3.0.0 X Consortium Fonts
X11.fnt.iso1 7.3.0.0 AIXwindows Latin 1 Fonts
X11.fnt.std 7.3.0.0 AIXwindows Standard Fonts
X11.fnt.ucs.ttf 7.3.0.0 AIXwindows Unicode TrueType Fonts
X11.loc.en_US.base.lib 7.3.0.0 AIXwindows Locale Libraries - U.S. English
X11.loc.en_US.base.rte 7.3.0.0 AIXwindows Locale Configuration - U.S. English
X11.motif.lib 7.3.0.0 AIXwindows Motif Libraries
X11.motif.mwm 7.3.0.0 AIXwindows Motif Window Manager
X11.msg.en_US.apps.clients 7.3.0.0 AIXwindows Client Application Messages - U.S. English
X11.msg.en_US.apps.config 7.3.0.0 AIXwindows Config Application Messages - U.S. English
X11.msg.en_US.base.rte 7.3.0.0 AIXwindows Runtime Messages - U.S. English
+X11.vsm.lib 7.3.0.0 Visual System Management Libraries
+bos.64bit 7.3.2.1 Base Operating System 64 bit Runtime
+bos.acct 7.3.2.0 Accounting Services
bos.adt.base 7.3.2.0 Base Application Development Toolkit
bos.adt.debug 7.3.2.0 Base Application Development Debuggers
bos.adt.include 7.3.2.1 Base Application Development Include Files
bos.adt.lib 7.3.2.0 Base Application Development Libraries
bos.adt.syscalls 7.3.2.0 System Calls Application Development Toolkit
+bos.ahafs 7.3.2.0 Aha File System
+bos.aixpert.cmds 7.3.2.0 AIX Security Hardening
bos.alt_disk_install.boot_images 7.3.2.0 Alternate Disk Installation Disk Boot Images
+bos.alt_disk_install.rte 7.3.2.0 Alternate Disk Installation Runtime
+bos.aso 7.3.2.0 Active System Optimizer
+bos.cdmount 7.3.0.0 CD/DVD Automount Facility
+bos.cluster.rte 7.3.2.1 Cluster Aware AIX
bos.compat.cmds 7.3.0.0 AIX 3.2 Compatibility Commands
bos.compat.libs 7.3.2.0 AIX 3.2 Compatibility Libraries
bos.compat.links 7.3.0.0 AIX 3.2 Compatibility Links
bos.compat.net 7.3.0.0 AIX 3.2 Network Compatibility Commands
bos.compat.termcap 7.3.0.0 AIX 3.2 Compatibility Termcap Library
bos.content_list 7.3.2.0 AIX Release Content List
+bos.diag.com 7.3.2.0 Common Hardware Diagnostics
+bos.diag.rte 7.3.2.0 Hardware Diagnostics
+bos.diag.util 7.3.2.0 Hardware Diagnostics Utilities
bos.dosutil 7.3.0.0 DOS Utilities
+bos.ecc_client.rte 7.3.2.0 Electronic Customer Care Run-Time
+bos.esagent 7.3.2.0 Electronic Service Agent
bos.help.msg.en_US.com 7.3.0.0 WebSM/SMIT Context Helps - U.S. English
bos.help.msg.en_US.smit 7.3.0.0 WebSM/SMIT Context Helps - U.S. English
+bos.iocp.rte 7.3.2.0 I/O Completion Ports API
bos.loc.com.utf 7.3.0.0 Common Locale Support - UTF-8
bos.loc.iso.en_US 7.3.0.0 Base System Locale ISO Code Set - U.S. English
bos.loc.utf.EN_US 7.3.0.0 Base System Locale UTF Code Set - U.S. English
+bos.mh 7.3.0.0 Mail Handler
+bos.mp64 7.3.2.1 Base Operating System 64-bit Multiprocessor Runtime
bos.msg.en_US.diag.rte 7.3.0.0 Hardware Diagnostics Messages - U.S. English
bos.msg.en_US.net.ipsec 7.3.0.0 IP Security Messages - U.S. English
bos.msg.en_US.net.tcp.client 7.3.0.0 TCP/IP Messages - U.S. English
bos.msg.en_US.rte 7.3.2.0 Base OS Runtime Messages - U.S. English
bos.msg.en_US.txt.tfs 7.3.0.0 Text Formatting Services Messages - U.S. English
bos.mls.adt 7.3.0.0 Trusted AIX Application Development Toolkit
+bos.mls.cfg 7.3.2.0 Trusted AIX Configuration Files
bos.mls.lib 7.3.0.0 Trusted AIX Libraries
+bos.mls.rte 7.3.2.0 Trusted AIX Commands
+bos.net.ipsec.keymgt 7.3.2.0 IP Security Key Management
+bos.net.ipsec.rte 7.3.2.0 IP Security
+bos.net.ncs 7.3.2.0 Network Computing System 1.5.1
+bos.net.nfs.client 7.3.2.1 Network File System Client
+bos.net.nis.client 7.3.2.0 Network Information Service Client
+bos.net.ppp 7.3.2.0 Point-to-Point Protocol
bos.net.tcp.adt 7.3.0.0 TCP/IP Application Toolkit
+bos.net.tcp.bind 7.3.2.0 TCP/IP BIND Server Applications
+bos.net.tcp.bind_utils 7.3.2.0 TCP/IP BIND Utilities
+bos.net.tcp.bootp 7.3.2.0 TCP/IP bootp Server
+bos.net.tcp.client 7.3.2.1 TCP/IP Client Support
+bos.net.tcp.client_core 7.3.2.1 TCP/IP Client Core Support
+bos.net.tcp.dfpd 7.3.2.0 TCP/IP Load Balancing Daemon
+bos.net.tcp.ftp 7.3.2.0 TCP/IP ftp Client
+bos.net.tcp.ftpd 7.3.2.0 TCP/IP ftp Server
+bos.net.tcp.imapd 7.3.2.0 TCP/IP IMAP Server
bos.net.tcp.mail_utils 7.3.2.0 TCP/IP Mail Utilities
+bos.net.tcp.ntp 7.3.2.0 Network Time Protocol Client
+bos.net.tcp.ntpd 7.3.2.0 Network Time Protocol Daemon
+bos.net.tcp.pop3d 7.3.2.0 TCP/IP POP3 Server
+bos.net.tcp.rcmd 7.3.2.0 TCP/IP Remote Commands
+bos.net.tcp.rcmd_server 7.3.2.0 TCP/IP Remote Command Servers
+bos.net.tcp.sendmail 7.3.2.0 TCP/IP sendmail Server
+bos.net.tcp.server 7.3.2.0 TCP/IP Server
+bos.net.tcp.server_core 7.3.2.1 TCP/IP Server Core Support
+bos.net.tcp.slip 7.3.0.0 TCP/IP SLIP Support
+bos.net.tcp.slp 7.3.2.0 Service Location Protocol
+bos.net.tcp.snmp 7.3.2.0 TCP/IP SNMP Client
+bos.net.tcp.snmpd 7.3.2.0 TCP/IP SNMP Agent
+bos.net.tcp.syslogd 7.3.2.0 TCP/IP syslog Daemon
bos.net.tcp.tcpdump 7.3.2.0 TCP/IP tcpdump Command
+bos.net.tcp.telnet 7.3.2.0 TCP/IP telnet Client
+bos.net.tcp.telnetd 7.3.2.0 TCP/IP telnet Server
+bos.net.tcp.tftp 7.3.0.0 TCP/IP tftp Client
+bos.net.tcp.tftpd 7.3.2.0 TCP/IP tftp Server
+bos.net.tcp.timed 7.3.0.0 TCP/IP timed Daemon
bos.net.tcp.traceroute 7.3.2.0 TCP/IP traceroute Command
+bos.net.uucp 7.3.2.0 Unix to Unix Copy Program
bos.perf.diag_tool 7.3.0.0 Performance Diagnostic Tool
bos.perf.libperfstat 7.3.2.1 Performance Statistics Library Interface
bos.perf.perfstat 7.3.2.0 Performance Statistics Interface
+bos.perf.pmaix 7.3.2.0 Performance Management Data Collector
bos.perf.proctools 7.3.2.0 Proc Filesystem Tools
+bos.perf.tune 7.3.2.0 Performance Tuning Support
bos.pmapi.events 7.3.2.0 Performance Monitor API Event Lists
bos.pmapi.lib 7.3.2.0 Performance Monitor API Library
bos.pmapi.pmsvcs 7.3.2.0 Performance Monitor API Kernel Extension
bos.pmapi.tools 7.3.2.0 Performance Monitor API Tools
+bos.rte 7.3.2.1 Base Operating System Runtime
bos.rte.ILS 7.3.2.0 International Language Support
bos.rte.aio 7.3.2.0 Asynchronous I/O Extension
bos.rte.archive 7.3.2.0 Archive Commands
bos.rte.bind_cmds 7.3.2.0 Binder and Loader Commands
+bos.rte.boot 7.3.2.1 Boot Commands
+bos.rte.bosinst 7.3.2.0 Base OS Install Commands
+bos.rte.commands 7.3.2.0 Commands
bos.rte.compare 7.3.0.0 File Compare Commands
+bos.rte.console 7.3.2.0 Console
+bos.rte.control 7.3.2.0 System Control Commands
+bos.rte.cron 7.3.2.0 Batch Operations
bos.rte.date 7.3.0.0 Date Control Commands
+bos.rte.devices 7.3.2.0 Base Device Drivers
bos.rte.devices_msg 7.3.0.0 Device Driver Messages
bos.rte.diag 7.3.2.0 Diagnostic Kernel Extensions
bos.rte.edit 7.3.2.0 Editors
+bos.rte.filesystem 7.3.2.1 Filesystem Administration
bos.rte.iconv 7.3.2.0 Language Converters
bos.rte.ifor_ls 7.3.0.0 iFOR/LS Libraries
bos.rte.image 7.3.0.0 Image Handling Commands
+bos.rte.install 7.3.2.1 LPP Install Commands
bos.rte.jfscomp 7.3.0.0 JFS Compression
bos.rte.libc 7.3.2.1 libc Library
+bos.rte.libcfg 7.3.2.0 Configuration Library
bos.rte.libcur 7.3.0.0 libcurses Library
bos.rte.libdbm 7.3.0.0 libdbm Library
+bos.rte.libnetsvc 7.3.2.0 Network Services Libraries
bos.rte.libpthreads 7.3.2.0 pthreads Library
bos.rte.libqb 7.3.0.0 libqb Library
bos.rte.libs 7.3.2.0 Libraries
+bos.rte.loc 7.3.2.0 Localization Support
+bos.rte.lvm 7.3.2.1 Logical Volume Manager
bos.rte.man 7.3.0.0 Man Commands
+bos.rte.methods 7.3.2.0 Device Config Methods
bos.rte.misc_cmds 7.3.2.0 Miscellaneous Commands
bos.rte.mlslib 7.3.0.0 Trusted AIX Libraries
+bos.rte.net 7.3.2.0 Network
+bos.rte.odm 7.3.2.0 Object Data Manager
+bos.rte.printers 7.3.2.0 Front End Printer Support
+bos.rte.security 7.3.2.1 Base Security Function
+bos.rte.serv_aid 7.3.2.0 Error Log Service Aids
+bos.rte.shell 7.3.2.1 Shells (bsh, ksh, csh)
+bos.rte.streams 7.3.2.0 Streams Libraries
+bos.rte.tty 7.3.2.0 Base TTY Support and Commands
+bos.suma 7.3.2.0 Service Update Management Assistant
+bos.svprint.rte 7.3.0.0 System V Print Subsystem
+bos.sysmgt.loginlic 7.3.0.0 License Management
+bos.sysmgt.nim.client 7.3.2.0 Network Install Manager - Client Tools
+bos.sysmgt.quota 7.3.0.0 Filesystem Quota Commands
+bos.sysmgt.serv_aid 7.3.2.0 Software Error Logging and Dump Service Aids
bos.sysmgt.smit 7.3.2.0 System Management Interface Tool (SMIT)
+bos.sysmgt.sysbr 7.3.2.1 System Backup and BOS Install Utilities
+bos.sysmgt.trace 7.3.2.0 Software Trace Service Aids
bos.terminfo.ansi.data 7.3.0.0 Amer National Stds Institute Terminal Defs
bos.terminfo.com.data 7.3.0.0 Common Terminal Definitions
bos.terminfo.dec.data 7.3.0.0 Digital Equipment Corp. Terminal Definitions
bos.terminfo.ibm.data 7.3.0.0 IBM Terminal Definitions
bos.terminfo.pc.data 7.3.0.0 Personal Computer Terminal Definitions
bos.terminfo.print.data 7.3.0.0 Generic Line Printer Terminal Definitions
bos.terminfo.rte 7.3.0.0 Run-time Environment for AIX Terminals
bos.terminfo.svprint.data 7.3.0.0 System V Printer Terminal Definitions
bos.terminfo.televideo.data 7.3.0.0 Televideo Terminal Definitions
bos.terminfo.wyse.data 7.3.0.0 Wyse Terminal Definitions
bos.txt.spell 7.3.0.0 Writer's Tools Commands
bos.txt.spell.data 7.3.0.0 Writer's Tools Data
bos.txt.tfs 7.3.2.0 Text Formatting Services Commands
bos.txt.tfs.data 7.3.0.0 Text Formatting Services Data
+bos.wpars 7.3.2.0 AIX Workload Partitions
+clic.rte.kernext 4.10.0.2 CryptoLite for C Kernel
clic.rte.lib 4.10.0.2 CryptoLite for C Library
+devices.chrp.base.ServiceRM 2.5.2.0 RSCT Service Resource Manager
+devices.chrp.base.diag 7.3.2.0 RISC CHRP Base System Device Diagnostics
+devices.chrp.base.rte 7.3.2.1 RISC PC Base System Device Software (CHRP)
+devices.chrp.pci.rte 7.3.2.0 PCI Bus Software (CHRP)
+devices.chrp.pciex.rte 7.3.0.0 PCI Express Bus Software (CHRP)
+devices.chrp.vdevice.rte 7.3.2.0 Virtual I/O Bus Support
+devices.chrp_lpar.base.ras 7.3.2.0 CHRP LPAR RAS Support
devices.common.IBM.async.diag 7.3.0.0 Common Serial Adapter Diagnostics
+devices.common.IBM.crypt.rte 7.3.0.0 Cryptographic Common Runtime Environment
+devices.common.IBM.disk.rte 7.3.2.0 Common IBM Disk Software
+devices.common.IBM.ethernet.rte 7.3.2.1 Common Ethernet Software
devices.common.IBM.fc.hba-api 7.3.2.0 Common HBA API Library
+devices.common.IBM.fc.rte 7.3.2.1 Common IBM FC Software
devices.common.IBM.fda.diag 7.3.0.0 Common Diskette Adapter and Device Diagnostics
+devices.common.IBM.ib.rte 7.3.2.0 Infiniband Common Runtime Environment
+devices.common.IBM.iscsi.rte 7.3.2.0 Common iSCSI Files
+devices.common.IBM.mpio.rte 7.3.2.1 MPIO Disk Path Control Module
+devices.common.IBM.scsi.rte 7.3.2.0 Common SCSI I/O Controller Software
+devices.common.IBM.usb.diag 7.3.0.0 Common USB Adapter Diagnostics
+devices.common.IBM.usb.rte 7.3.2.0 USB System Software
+devices.ethernet.lnc.rte 7.3.0.0 Ethernet Link Aggregation Support
+devices.fcp.disk.rte 7.3.2.1 FC SCSI CD-ROM, Disk, Read/Write Optical Device Software
+devices.fcp.tape.rte 7.3.2.0 FC SCSI Tape Device Software
+devices.iscsi.disk.rte 7.3.2.0 iSCSI Disk Software
+devices.iscsi.tape.rte 7.3.0.0 iSCSI Tape Software
+devices.iscsi_sw.rte 7.3.2.0 iSCSI Software Device Driver
+devices.loopback.rte 7.3.2.0 Loopback Device
+devices.nvme.rte 7.3.2.0 NVMe Device Software
+devices.pci.df1000f7.com 7.3.2.0 Common PCI FC Adapter Device Software
+devices.pci.df1000f7.rte 7.3.0.0 PCI Fibre Channel Adapter Runtime Software
+devices.pciex.df1000f114108a03.rte 7.3.2.0 PCI-X FC Adapter (df1000f114108a03) Software
+devices.scsi.disk.rte 7.3.2.0 SCSI CD-ROM, Disk, Read/Write Optical Device Software
+devices.scsi.tape.rte 7.3.2.0 SCSI Tape Device Software
+devices.tty.rte 7.3.2.0 Streams based hft tty
+devices.usbif.08025002.rte 7.3.2.0 USB Mass Storage Device Software
+devices.vdevice.IBM.l-lan.rte 7.3.2.0 Virtual I/O Ethernet Software
+devices.vdevice.IBM.v-scsi.rte 7.3.2.1 Virtual SCSI Client Support
+devices.vdevice.IBM.vfc-client.rte 7.3.2.1 Virtual Fibre Channel Client Support
+devices.vdevice.hvterm1.rte 7.3.0.0 Virtual Terminal Devices
+devices.vdevice.vty-server.rte 7.3.0.0 Virtual Terminal Devices
+devices.vscsi.disk.rte 7.3.2.0 Virtual SCSI Disk Software
expect.base 5.45.4.0 Binary executables, libraries, and man pages
ifor_ls.base.cli 7.3.0.0 License Use Management Runtime Code
ifor_ls.msg.en_US.base.cli 7.3.0.0 LUM Messages - U.S. English
invscout.com 2.2.0.21 Inventory Scout Microcode Catalog
invscout.ldb 2.2.0.2 Inventory Scout Logic Database
+invscout.rte 2.2.0.24 Inventory Scout Runtime
krb5.client.rte 1.20.1.0 Network Authentication Service Client
krb5.client.samples 1.20.1.0 Network Authentication Service Samples
krb5.toolkit.adt 1.20.1.0 Network Authentication Service App. Dev. Toolkit
libc++.rte 17.1.1.2 IBM Open XL C/C++ Runtime
lwi.runtime 7.3.2.0 Lightweight Infrastructure Runtime
+mcr.rte 7.3.2.0 Metacluster Checkpoint and Restart
+openssh.base.client 9.2.112.2400 Open Secure Shell Commands
+openssh.base.server 9.2.112.2400 Open Secure Shell Server
openssh.man.en_US 9.2.112.2400 Open Secure Shell Documentation - U.S. English
openssh.msg.en_US 9.2.112.2400 Open Secure Shell Messages - U.S. English
openssl.base 3.0.10.1000 Open Secure Socket Layer
openssl.license 3.0.10.1000 Open Secure Socket License
openssl.man.en_US 3.0.10.1000 Open Secure Socket Layer
+perfagent.tools 7.3.2.0 Local Performance Analysis & Control Commands
perl.libext 2.4.4.0 Perl Library Extensions
perl.rte 5.34.1.6 Perl Version 5 Runtime Environment
python3.9.base 3.9.18.0 Python 3.9 installp package
+rpm.rte 4.18.1.2003 RPM Package Manager
rsct.basic.rte 3.3.2.0 RSCT Basic Function
+rsct.compat.basic.rte 3.3.2.0 RSCT Event Management Basic Function
rsct.compat.clients.rte 3.3.2.0 RSCT Event Management Client Function
+rsct.core.auditrm 3.3.2.0 RSCT Audit Log Resource Manager
+rsct.core.errm 3.3.2.0 RSCT Event Response Resource Manager
+rsct.core.fsrm 3.3.2.0 RSCT File System Resource Manager
rsct.core.gui 3.3.2.0 RSCT Graphical User Interface
+rsct.core.hostrm 3.3.2.0 RSCT Host Resource Manager
+rsct.core.lprm 3.3.2.0 RSCT Least Privilege Resource Manager
+rsct.core.microsensor 3.3.2.0 RSCT MicroSensor Resource Manager
+rsct.core.rmc 3.3.2.0 RSCT Resource Monitoring and Control
+rsct.core.sec 3.3.2.0 RSCT Security
+rsct.core.sensorrm 3.3.2.0 RSCT Sensor Resource Manager
+rsct.core.sr 3.3.2.0 RSCT Registry
rsct.core.utils 3.3.2.0 RSCT Utilities
rsct.msg.en_US.basic.rte 3.3.2.0 RSCT Basic Msgs - U.S. English
rsct.msg.en_US.core.rmc 3.3.2.0 RSCT RMC Msgs - U.S. English
rsct.msg.en_US.core.sec 3.3.2.0 RSCT Security Msgs - U.S. English
rsct.msg.en_US.core.utils 3.3.2.0 RSCT Utilities Msgs - U.S. English
rsct.opt.stackdump 3.3.2.0 RSCT Stackdump module
+rsct.opt.storagerm 3.3.2.0 RSCT Storage Resource Manager
security.acf 7.3.2.0 ACF/PKCS11 Device Driver
+sysmgt.cim.providers.metrics 2.13.2.0 Metrics Providers for AIX OS
+sysmgt.cim.providers.osbase 2.13.2.0 Base Providers for AIX OS
+sysmgt.cim.providers.scc 2.13.2.0 Security Compliance Providers
+sysmgt.cim.providers.smash 2.13.2.0 SMASH Providers for AIX OS
+sysmgt.cim.smisproviders.hba_hdr 2.13.2.0 SMI-S HBA and HDR Providers
+sysmgt.cim.smisproviders.hhr 2.13.2.0 SMI-S Host Hardware RAID Provider
+sysmgt.cim.smisproviders.vblksrv 2.13.2.0 SMI-S Block Server Virtualization Provider
+sysmgt.cimserver.pegasus.rte 2.15.0.0 Pegasus CIM Server Runtime Environment
tcl.base 8.6.10.0 Binary executables, libraries, and man pages
tk.base 8.6.10.0 Binary executables, libraries, and man pages
+wio.common 7.3.2.0 Common I/O Support for Workload Partitions
xlC.aix61.rte 16.1.0.10 IBM XL C++ Runtime for AIX 6.1 and later
xlC.msg.en_US.rte 16.1.0.3 IBM XL C++ Runtime Messages - U.S. English
xlC.rte 16.1.0.3 IBM XL C++ Runtime for AIX
xlC.sup.aix50.rte 9.0.0.1 XL C/C++ Runtime for AIX 5.2
xlfrte 16.1.0.3 IBM XL Fortran Runtime for AIX
xlfrte.aix61 16.1.0.3 IBM XL Fortran Runtime for AIX 6.1 and later
xlfrte.msg.en_US 16.1.0.3 IBM XL Fortran Runtime Messages - U.S. English
xlsmp.aix61.rte 6.1.0.3 SMP Runtime Libraries for AIX 6.1 and later
xlsmp.msg.en_US.rte 6.1.0.3 SMP Runtime Messages - U.S. English
xlsmp.rte 6.1.0.3 SMP Runtime Library
`;

/** Parsed once, on first use: start-up never pays for the table. */
let parsed: readonly Fileset[] | undefined;

export function factoryFilesets(): readonly Fileset[] {
  parsed ??= TABLE.trim()
    .split('\n')
    .map((line) => {
      const [head = '', level = '', ...words] = line.split(' ');
      const root = head.startsWith('+');
      return { name: root ? head.slice(1) : head, level, description: words.join(' '), root };
    });
  return parsed;
}

/**
 * The package a fileset belongs to, the first field of `lslpp -Lc`: a device
 * fileset's name without its last part, another's first two parts, a
 * two-part name itself (ohai's capture: bos.sysmgt:bos.sysmgt.smit,
 * devices.chrp.IBM.lhca:devices.chrp.IBM.lhca.rte, bos.wpars:bos.wpars).
 */
export function packageOf(name: string): string {
  const parts = name.split('.');
  if (parts.length <= 2) return name;
  return parts[0] === 'devices' ? parts.slice(0, -1).join('.') : parts.slice(0, 2).join('.');
}

/** The build date (yyww) `lslpp -Lc` ends a row with: AIX 7.3 filesets only (INFERRED from the 7300-02-01-2346 service pack). */
export function buildDate(level: string): string {
  if (!level.startsWith('7.3.')) return '';
  return level.startsWith('7.3.2.') ? (level === '7.3.2.0' ? '2341' : '2346') : '2146';
}
