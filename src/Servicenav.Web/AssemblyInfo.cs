using System.Resources;

[assembly: NeutralResourcesLanguage("sv")]
