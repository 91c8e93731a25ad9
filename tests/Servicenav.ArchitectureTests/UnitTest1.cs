namespace Servicenav.ArchitectureTests;

public class UnitTest1
{
    [Fact]
    public void Test1()
    {

    }
}
