import sys, sysconfig
print(sys.implementation._multiarch, sysconfig._get_sysconfigdata_name(), sysconfig.get_config_var('SOABI'), sysconfig.get_platform())
print(sysconfig.get_config_var('EXT_SUFFIX'), sysconfig.get_path('stdlib'))
