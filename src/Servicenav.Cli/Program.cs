using System.Globalization;
using Servicenav.Cli;
using Servicenav.SharedKernel;

CultureInfo.DefaultThreadCurrentCulture = SwedishCulture.Culture;
CultureInfo.DefaultThreadCurrentUICulture = SwedishCulture.Culture;
return await Commands.Build().Parse(args).InvokeAsync();
